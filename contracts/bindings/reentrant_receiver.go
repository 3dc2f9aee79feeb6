// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload_\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attacking\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payload\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	Bin: "0x6080806040523460155761075a908161001a8239f35b5f80fdfe60806040526004361015610022575b3615610018575f80fd5b6100206105e9565b005b5f3560e01c80633522bfd0146100615780633c0bbcd91461005c578063a878f858146100575763d4b839920361000e57610362565b61024c565b610100565b346100fc5760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100fc5760043573ffffffffffffffffffffffffffffffffffffffff811681036100fc576024359067ffffffffffffffff82116100fc57366023830112156100fc5781600401359067ffffffffffffffff82116100fc5736602483850101116100fc576024610020930190610411565b5f80fd5b346100fc575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100fc57602060ff600254166040519015158152f35b90600182811c92168015610187575b602083101461015a57565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b91607f169161014f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff8211176101ff57604052565b610191565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602060409481855280519182918282880152018686015e5f8582860101520116010190565b346100fc575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100fc576040515f60015461028a81610140565b808452906001811690811561032057506001146102c2575b6102be836102b2818503826101be565b60405191829182610204565b0390f35b91905060015f527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f905b808210610306575090915081016020016102b26102a2565b9192600181602092548385880101520191019092916102ee565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660208086019190915291151560051b840190910191506102b290506102a2565b346100fc575f7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126100fc57602073ffffffffffffffffffffffffffffffffffffffff5f5416604051908152f35b90601f82116103bf575050565b8082116103ca575050565b60015f5260205f206020601f830160051c9210610409575b81601f9101920160051c03905f5b8281106103fc57505050565b5f828201556001016103f0565b5f91506103e2565b73ffffffffffffffffffffffffffffffffffffffff9093929193167fffffffffffffffffffffffff00000000000000000000000000000000000000005f5416175f5567ffffffffffffffff81116101ff5761047681610471600154610140565b6103b2565b5f601f82116001146104d25781906104c293945f926104c7575b50507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8260011b9260031b1c19161790565b600155565b013590505f80610490565b60015f527fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08216937fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf6915f5b868110610574575083600195961061053c575b505050811b01600155565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff60f88560031b161c199101351690555f8080610531565b9092602060018192868601358155019401910161051e565b3d156105e4573d9067ffffffffffffffff82116101ff57604051916105d960207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f84011601846101be565b82523d5f602084013e565b606090565b5f5473ffffffffffffffffffffffffffffffffffffffff811615801561074e575b61074b5773ffffffffffffffffffffffffffffffffffffffff9060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff006002541617600255166040515f60015461066081610140565b906001811690811561071857506001146106c8575b5091815f809493819403925af161068a61058c565b906106b87fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0060025416600255565b156106c05750565b602081519101fd5b60015f9081529091507fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf65b828210610704575050810181610675565b6001816020925484870152019101906106f3565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0016845250801515028201905081610675565b50565b5060ff6002541661060a56",
}

// ReentrantReceiverABI is the input ABI used to generate the binding from.
// Deprecated: Use ReentrantReceiverMetaData.ABI instead.
var ReentrantReceiverABI = ReentrantReceiverMetaData.ABI

// ReentrantReceiverBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ReentrantReceiverMetaData.Bin instead.
var ReentrantReceiverBin = ReentrantReceiverMetaData.Bin

// DeployReentrantReceiver deploys a new Ethereum contract, binding an instance of ReentrantReceiver to it.
func DeployReentrantReceiver(auth *bind.TransactOpts, backend bind.ContractBackend) (common.Address, *types.Transaction, *ReentrantReceiver, error) {
	parsed, err := ReentrantReceiverMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ReentrantReceiverBin), backend)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ReentrantReceiver{ReentrantReceiverCaller: ReentrantReceiverCaller{contract: contract}, ReentrantReceiverTransactor: ReentrantReceiverTransactor{contract: contract}, ReentrantReceiverFilterer: ReentrantReceiverFilterer{contract: contract}}, nil
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	ReentrantReceiverCaller     // Read-only binding to the contract
	ReentrantReceiverTransactor // Write-only binding to the contract
	ReentrantReceiverFilterer   // Log filterer for contract events
}

// ReentrantReceiverCaller is an auto generated read-only Go binding around an Ethereum contract.
type ReentrantReceiverCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ReentrantReceiverTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ReentrantReceiverFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ReentrantReceiverSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ReentrantReceiverSession struct {
	Contract     *ReentrantReceiver // Generic contract binding to set the session for
	CallOpts     bind.CallOpts      // Call options to use throughout this session
	TransactOpts bind.TransactOpts  // Transaction auth options to use throughout this session
}

// ReentrantReceiverCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ReentrantReceiverCallerSession struct {
	Contract *ReentrantReceiverCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts            // Call options to use throughout this session
}

// ReentrantReceiverTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ReentrantReceiverTransactorSession struct {
	Contract     *ReentrantReceiverTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts            // Transaction auth options to use throughout this session
}

// ReentrantReceiverRaw is an auto generated low-level Go binding around an Ethereum contract.
type ReentrantReceiverRaw struct {
	Contract *ReentrantReceiver // Generic contract binding to access the raw methods on
}

// ReentrantReceiverCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ReentrantReceiverCallerRaw struct {
	Contract *ReentrantReceiverCaller // Generic read-only contract binding to access the raw methods on
}

// ReentrantReceiverTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ReentrantReceiverTransactorRaw struct {
	Contract *ReentrantReceiverTransactor // Generic write-only contract binding to access the raw methods on
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiver(address common.Address, backend bind.ContractBackend) (*ReentrantReceiver, error) {
	contract, err := bindReentrantReceiver(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiver{ReentrantReceiverCaller: ReentrantReceiverCaller{contract: contract}, ReentrantReceiverTransactor: ReentrantReceiverTransactor{contract: contract}, ReentrantReceiverFilterer: ReentrantReceiverFilterer{contract: contract}}, nil
}

// NewReentrantReceiverCaller creates a new read-only instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverCaller(address common.Address, caller bind.ContractCaller) (*ReentrantReceiverCaller, error) {
	contract, err := bindReentrantReceiver(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverCaller{contract: contract}, nil
}

// NewReentrantReceiverTransactor creates a new write-only instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverTransactor(address common.Address, transactor bind.ContractTransactor) (*ReentrantReceiverTransactor, error) {
	contract, err := bindReentrantReceiver(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverTransactor{contract: contract}, nil
}

// NewReentrantReceiverFilterer creates a new log filterer instance of ReentrantReceiver, bound to a specific deployed contract.
func NewReentrantReceiverFilterer(address common.Address, filterer bind.ContractFilterer) (*ReentrantReceiverFilterer, error) {
	contract, err := bindReentrantReceiver(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ReentrantReceiverFilterer{contract: contract}, nil
}

// bindReentrantReceiver binds a generic wrapper to an already deployed contract.
func bindReentrantReceiver(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ReentrantReceiverMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantReceiver *ReentrantReceiverRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantReceiver.Contract.ReentrantReceiverCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantReceiver *ReentrantReceiverRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.ReentrantReceiverTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantReceiver *ReentrantReceiverRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.ReentrantReceiverTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ReentrantReceiver *ReentrantReceiverCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ReentrantReceiver.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ReentrantReceiver *ReentrantReceiverTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ReentrantReceiver *ReentrantReceiverTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.contract.Transact(opts, method, params...)
}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverCaller) Attacking(opts *bind.CallOpts) (bool, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "attacking")

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverSession) Attacking() (bool, error) {
	return _ReentrantReceiver.Contract.Attacking(&_ReentrantReceiver.CallOpts)
}

// Attacking is a free data retrieval call binding the contract method 0x3c0bbcd9.
//
// Solidity: function attacking() view returns(bool)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Attacking() (bool, error) {
	return _ReentrantReceiver.Contract.Attacking(&_ReentrantReceiver.CallOpts)
}

// Payload is a free data retrieval call binding the contract method 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCaller) Payload(opts *bind.CallOpts) ([]byte, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "payload")

	if err != nil {
		return *new([]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)

	return out0, err

}

// Payload is a free data retrieval call binding the contract method 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverSession) Payload() ([]byte, error) {
	return _ReentrantReceiver.Contract.Payload(&_ReentrantReceiver.CallOpts)
}

// Payload is a free data retrieval call binding the contract method 0xa878f858.
//
// Solidity: function payload() view returns(bytes)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Payload() ([]byte, error) {
	return _ReentrantReceiver.Contract.Payload(&_ReentrantReceiver.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverCaller) Target(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ReentrantReceiver.contract.Call(opts, &out, "target")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverSession) Target() (common.Address, error) {
	return _ReentrantReceiver.Contract.Target(&_ReentrantReceiver.CallOpts)
}

// Target is a free data retrieval call binding the contract method 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (_ReentrantReceiver *ReentrantReceiverCallerSession) Target() (common.Address, error) {
	return _ReentrantReceiver.Contract.Target(&_ReentrantReceiver.CallOpts)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (_ReentrantReceiver *ReentrantReceiverTransactor) Arm(opts *bind.TransactOpts, target_ common.Address, payload_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.contract.Transact(opts, "arm", target_, payload_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (_ReentrantReceiver *ReentrantReceiverSession) Arm(target_ common.Address, payload_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Arm(&_ReentrantReceiver.TransactOpts, target_, payload_)
}

// Arm is a paid mutator transaction binding the contract method 0x3522bfd0.
//
// Solidity: function arm(address target_, bytes payload_) returns()
func (_ReentrantReceiver *ReentrantReceiverTransactorSession) Arm(target_ common.Address, payload_ []byte) (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Arm(&_ReentrantReceiver.TransactOpts, target_, payload_)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverTransactor) Receive(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ReentrantReceiver.contract.RawTransact(opts, nil) // calldata is disallowed for receive function
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverSession) Receive() (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Receive(&_ReentrantReceiver.TransactOpts)
}

// Receive is a paid mutator transaction binding the contract receive function.
//
// Solidity: receive() payable returns()
func (_ReentrantReceiver *ReentrantReceiverTransactorSession) Receive() (*types.Transaction, error) {
	return _ReentrantReceiver.Contract.Receive(&_ReentrantReceiver.TransactOpts)
}
